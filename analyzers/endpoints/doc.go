// Package endpoints defines an Analyzer that lists the HTTP routes and RPC
// services a module serves, each with the component whose handler serves
// it: the network side of a component's boundary.
//
// # Analyzer endpoints
//
// endpoints: list the HTTP routes and RPC services each component serves
//
// It reports no finding. Run by a driver (its -findings flag, which the
// boundarylint command sets), it tells the driver of every endpoint it
// finds, for the architecture document's endpoints section, the cut list
// and drift; under plain go vet or golangci-lint it prints nothing.
//
// It reads the registrations of net/http (Handle and HandleFunc on a
// ServeMux or the default mux, Go 1.22 patterns with a method and
// {wildcards}), chi (Get, Post..., Method, Handle, Route, Group, With,
// Mount), gin (GET, POST..., Handle, Any, Group), echo (GET, POST...,
// Add, Match, Any, Group) and gorilla/mux (Handle, HandleFunc, PathPrefix,
// Subrouter, Methods), and the service registrations of gRPC
// (RegisterXServer with a grpc.ServiceRegistrar) and Connect
// (NewXHandler), the methods named by the generated code's constants.
// Libraries are recognised by package path and type:
//
//	r := chi.NewRouter()
//	r.Route("/orders", func(r chi.Router) {
//		r.Use(auth.Required)              // middleware, listed with its owner (auth's component)
//		r.Get("/{id}", orders.Show)       // GET /orders/{id}, served by orders
//	})
//	payments.Routes(r.With(audit.Log))  // payments' routes, with their prefixes joined
//
// Prefixes are joined through groups and sub-routers built in the same
// function, through functions that take a router (and path strings) as
// parameters, in the package or in another (an object fact carries the
// routes a function registers on its parameters or on the router it
// returns), and through Mount of such a router. A route registered on a
// router whose prefix the analysis cannot see (a function nobody calls
// with one, a router in a struct field) is listed relative to it.
//
// An endpoint belongs to the component of its handler: the package that
// declares the handler function or method, the type whose ServeHTTP
// serves it, or the function that builds it (a handler factory). A
// closure registered inline serves the endpoint of the package it calls
// into when every call it makes into the module's other packages goes to
// one component (an adapter), else of the package that declares it.
// Middleware (a function that takes and returns a handler) is unwrapped
// and listed with its package.
//
// Where the handler decodes or encodes JSON (json.NewDecoder(...).Decode,
// json.Unmarshal, json.NewEncoder(...).Encode, gin's ShouldBindJSON,
// BindJSON, ShouldBind and JSON, echo's Bind and JSON), the request and
// response types are listed with their JSON field names (json tags
// honoured, json:"-" left out).
//
// A registration whose path or handler it cannot resolve (a path built at
// run time, a handler held in an interface) is counted with its place and
// reason (unread kind endpoints/unresolved), never dropped: a run's
// summary says how many, and where.
package endpoints
