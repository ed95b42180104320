// Package gorillaapi serves orders over gorilla/mux.
package gorillaapi

import (
	"net/http"

	"github.com/gorilla/mux"
)

func list(w http.ResponseWriter, r *http.Request) {}

// Router builds the router served as it is.
func Router() http.Handler { // want Router:"routes"
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/orders", list).Methods("GET", "POST")           // want `endpoint GET /api/orders served by gorillaapi.list` `endpoint POST /api/orders served by gorillaapi.list`
	api.Methods("DELETE").Path("/orders/{id}").HandlerFunc(list)     // want `endpoint DELETE /api/orders/\{id\} served by gorillaapi.list`
	r.PathPrefix("/static/").Handler(http.FileServer(http.Dir("."))) // want `endpoint /static/ served by http.FileServer`
	return r
}
