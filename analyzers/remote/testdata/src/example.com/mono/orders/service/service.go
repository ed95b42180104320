package service

import (
	"context"
	"database/sql"
	"os"

	"example.com/mono/payments/api"
	"example.com/mono/payments/ledger"
)

func callbacks(ctx context.Context, tx *sql.Tx) {
	_ = api.ChargeThen(ctx, "o1", func(api.Receipt) {}) // want `orders/service calls api.ChargeThen of component payments, which takes a func \(parameter done\): it cannot cross a network once payments is a service`
	for r := range api.Events() {                       // want `which returns a chan`
		_ = r
	}
	_ = api.Submit(&api.Request{ID: "o1"})      // want `which takes a \*api.Request holding a func \(field Done\) \(parameter r\)`
	_ = api.Export(os.Stdout, nil)              // want `which takes an interface io.Writer \(parameter w\) and takes an interface api.Notifier \(parameter n\)`
	_ = api.Pool()                              // want `which returns a \*sql.DB`
	_ = api.Count(&api.Guarded{})               // want `which takes a \*api.Guarded holding a sync.Mutex \(field Mu\)`
	_ = api.Record(tx, "o1")                    // a transaction: tx/crossing reports it
	_ = api.Price(api.Money{}, api.ErrDeclined) // marshals itself; error crosses as a code
}

func writes(ctx context.Context) {
	var r api.Receipt
	_ = api.FillReceipt(ctx, "o1", &r) // want `api.FillReceipt of component payments writes through its parameter r \(&r\): orders/service sees the write only in process`
	totals := map[string]int64{}
	api.Book(totals, "o1")        // want `api.Book of component payments writes through its parameter totals \(totals\)`
	ledger.Put(totals, "o2", 2)   // want `ledger.Put of component payments writes through its parameter m`
	api.Stamp([]ledger.Entry{{}}) // want `writes through its parameter es`
	_ = api.Sum(nil)
}

func aliased(s *api.Store) {
	rates := api.Rates()
	rates["EUR"] = 110 // want `orders/service writes into what api.Rates of component payments returned \(called at service.go:\d+\), state payments keeps`
	rates["USD"] = 90  // reported once per call
	items, _ := s.Items()
	delete(items, "o1")      // want `writes into what \(\*api.Store\).Items of component payments returned`
	api.Rates()["GBP"] = 120 // want `writes into what api.Rates`
	copied := api.RatesCopy()
	copied["EUR"] = 1      // a copy: silent
	_ = api.Rates()["EUR"] // a read: silent
}

func loops(ctx context.Context, ids []string) {
	for _, id := range ids {
		_, _ = api.Charge(ctx, id, 100) // want `orders/service calls api.Charge of component payments in a loop \(the range at service.go:\d+\): one network round trip per iteration once payments is a service`
	}
	for i := 0; i < 3; i++ {
		_, _ = api.Charge(ctx, "same", 100) // want `in a loop \(the for at service.go:\d+\)`
	}
	for n := 0; n < 3 && !api.Ready(ctx); n++ { // want `api.Ready of component payments in a loop \(the for at`
	}
	for _, id := range ids {
		_ = api.Format(id) // a function of plain data only: it ships with the client, no round trip
	}
}

func handles() {
	_ = api.New(nil) // want `which takes a \*sql.DB \(parameter pool\):`
}
