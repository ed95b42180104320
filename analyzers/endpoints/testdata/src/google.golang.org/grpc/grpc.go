// Package grpc is a stub of google.golang.org/grpc with its service
// registration API, for the endpoints analyzer's fixtures.
package grpc

type ServiceDesc struct {
	ServiceName string
	HandlerType any
}

type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

type Server struct{}

func NewServer() *Server                                  { return &Server{} }
func (s *Server) RegisterService(sd *ServiceDesc, ss any) {}
