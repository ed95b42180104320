package ledger

// Put stores into its map parameter.
func Put(m map[string]int64, k string, v int64) { // want Put:"writes through parameter 0"
	m[k] = v
}

// Entry is a ledger line.
type Entry struct {
	ID     string
	Amount int64
}

// Stamp sets a field through its pointer parameter.
func Stamp(e *Entry, id string) { // want Stamp:"writes through parameter 0"
	e.ID = id
}

// Total reads only.
func Total(es []Entry) int64 {
	var t int64
	for _, e := range es {
		t += e.Amount
	}
	return t
}
