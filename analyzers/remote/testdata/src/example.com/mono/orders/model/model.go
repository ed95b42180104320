// Package model holds orders' own notifications.
package model

// Shipped is orders' notification: it implements payments/notify.Event.
type Shipped struct{ ID int64 }

func (s Shipped) SubjectID() int64 { return s.ID }

func (s Shipped) Name() string { return "order.shipped" }
