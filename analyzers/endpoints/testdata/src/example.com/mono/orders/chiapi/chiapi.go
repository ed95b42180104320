// Package chiapi serves orders over chi.
package chiapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/mono/platform/auth"
)

func Show(w http.ResponseWriter, r *http.Request)   {}
func Create(w http.ResponseWriter, r *http.Request) {}
func Count(w http.ResponseWriter, r *http.Request)  {}

// Routes returns orders' router: its paths are relative to where the
// caller mounts it.
func Routes() chi.Router { // want Routes:"routes"
	r := chi.NewRouter()
	r.Route("/orders", func(r chi.Router) {
		r.Use(auth.Required)
		r.Get("/{id}", Show)                                                 // want `endpoint GET /orders/\{id\} served by chiapi.Show`
		r.Post("/", Create)                                                  // want `endpoint POST /orders/ served by chiapi.Create`
		r.With(auth.Audit).Method("DELETE", "/{id}", http.HandlerFunc(Show)) // want `endpoint DELETE /orders/\{id\} served by chiapi.Show`
	})
	return r
}

// Extra registers on the router it is given.
func Extra(r chi.Router) { // want Extra:"routes"
	r.Group(func(r chi.Router) {
		r.Get("/count", Count) // want `endpoint GET /count served by chiapi.Count`
	})
}
