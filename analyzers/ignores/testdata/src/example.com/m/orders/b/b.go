// Package b imported payments' refunds, which the baseline records; the
// import is gone, so the entry is stale.
package b // want `baseline entry imports/private example.com/m/orders/b -> payments example.com/m/payments/refunds import example.com/m/payments/refunds \(.*boundaries.baseline.json\) accepts 1, but 0 found: fixed findings must leave the baseline; run .boundarylint baseline. to shrink the file`
