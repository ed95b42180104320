// Command chiserver mounts orders' chi router.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/mono/orders/chiapi"
	"example.com/mono/platform/auth"
)

func main() {
	r := chi.NewRouter()
	r.Mount("/api", chiapi.Routes()) // want `endpoint GET /api/orders/\{id\} served by chiapi.Show` `endpoint POST /api/orders/ served by chiapi.Create` `endpoint DELETE /api/orders/\{id\} served by chiapi.Show`
	r.Route("/v2", func(r chi.Router) {
		chiapi.Extra(r.With(auth.Audit)) // want `endpoint GET /v2/count served by chiapi.Count`
	})
	r.Mount("/files", http.FileServer(http.Dir("."))) // want `endpoint /files/\* served by http.FileServer`
	_ = http.ListenAndServe(":8080", r)
}
