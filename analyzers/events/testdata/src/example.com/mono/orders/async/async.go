// Package async starts work in payments asynchronously: each path is a
// note for drivers (run with -findings), no finding.
package async

import "example.com/mono/payments/api"

func Run(ids []int) {
	go api.Charge(1) // want `go into payments \(api.Charge\)`
	go func() {
		_ = api.Charge(2) // want `go into payments \(api.Charge\)`
		for range ids {
			api.Charge(3) // the goroutine's own loop: no path
		}
		if err := api.Charge(4); err != nil { // want `go into payments \(api.Charge\)`
			api.Charge(5) // handling the error: no path
		}
	}()
	ch := make(chan api.Event)
	api.Notify(ch)           // want `channel into payments \(api.Notify\)`
	for range api.Events() { // want `channel into payments \(api.Events\)`
	}
	go local()             // a go statement inside the component: no path
	ch <- api.Event{ID: 1} // want `channel into payments \(chan api.Event\)`
	own := make(chan int)
	own <- 1 // a channel of no component's type: no path
}

func local() {}
