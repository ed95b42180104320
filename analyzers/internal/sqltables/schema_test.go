package sqltables

import (
	"slices"
	"testing"
)

// TestSchema: the tables a migration creates or alters, never the ones it
// only refers to.
func TestSchema(t *testing.T) {
	for _, tt := range []struct {
		sql  string
		want []string
	}{
		{"CREATE TABLE refunds (id int, payment_id int REFERENCES payments (id))", []string{"refunds"}},
		{"create table if not exists \"Ledger\" (id int); ALTER TABLE ONLY refunds ADD COLUMN note text", []string{"Ledger", "refunds"}},
		{"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS refunds_idx ON refunds (payment_id)", []string{"refunds"}},
		{"DROP TABLE IF EXISTS a, b CASCADE", []string{"a", "b"}},
		{"RENAME TABLE old_refunds TO refunds", []string{"old_refunds", "refunds"}},
		{"ALTER TABLE billing.invoices ADD CONSTRAINT fk FOREIGN KEY (p) REFERENCES payments (id)", []string{"billing.invoices"}},
		{"CREATE VIEW v AS SELECT * FROM payments", nil},
		{"SELECT * FROM payments; INSERT INTO refunds VALUES (1)", nil},
		{"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql; CREATE TABLE t (x int)", []string{"t"}},
		{"", nil},
		{"CREATE TABLE", nil},
		{"ALTER TABLE (", nil},
	} {
		if got := Schema(tt.sql); !slices.Equal(got, tt.want) {
			t.Errorf("Schema(%q) = %q, want %q", tt.sql, got, tt.want)
		}
	}
}

func FuzzSchema(f *testing.F) {
	f.Add("CREATE TABLE a (id int); ALTER TABLE b ADD c int; RENAME TABLE x TO y, z TO w")
	f.Fuzz(func(t *testing.T, sql string) {
		for _, name := range Schema(sql) {
			if name == "" {
				t.Fatalf("Schema(%q) returned an empty name", sql)
			}
		}
	})
}
