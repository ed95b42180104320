// Package paymentspb stands for protoc-gen-go-grpc's output.
package paymentspb

import "google.golang.org/grpc"

const (
	Payments_Charge_FullMethodName = "/payments.v1.Payments/Charge"
	Payments_Refund_FullMethodName = "/payments.v1.Payments/Refund"
)

type PaymentsServer interface {
	Charge()
	Refund()
}

var Payments_ServiceDesc = grpc.ServiceDesc{ServiceName: "payments.v1.Payments"}

func RegisterPaymentsServer(s grpc.ServiceRegistrar, srv PaymentsServer) {
	s.RegisterService(&Payments_ServiceDesc, srv)
}
