// Package connect is a stub of connectrpc.com/connect, for the endpoints
// analyzer's fixtures.
package connect

type HandlerOption interface{}

type Request[T any] struct{ Msg *T }

type Response[T any] struct{ Msg *T }
