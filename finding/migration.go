package finding

// Migration is one statement that changes a table's schema (CREATE TABLE,
// ALTER TABLE, DROP TABLE, CREATE INDEX ... ON, RENAME TABLE) with
// constant SQL text outside test files: a migration of the table, which
// moves with the table when its owner is extracted. It is no finding. The
// tx analyzer, run with its -findings flag (drivers only), reports each as
// a note diagnostic whose Category is TxMigration and whose one Related
// entry is EncodeMigration's text; drivers collect them (the architecture
// document lists them per table). A plain go vet or golangci-lint run
// never sees them.
type Migration struct {
	Table   string   `json:"table"`   // as the SQL spells it, unquoted names lower-cased
	Package string   `json:"package"` // import path, as Finding.FromPackage
	Pos     Position `json:"pos"`
}

// TxMigration is the Category of the note diagnostics that carry a
// Migration.
const TxMigration = "tx/migration"

// encodedMigrationPrefix starts the text of an encoded Migration.
const encodedMigrationPrefix = "boundarylint-migration:"

// EncodeMigration returns m as one line of text that DecodeMigration reads
// back.
func EncodeMigration(m Migration) string { return encode(encodedMigrationPrefix, m) }

// DecodeMigration reads a Migration written by EncodeMigration. ok is false
// when text is not one; err reports one that is but does not decode.
func DecodeMigration(text string) (m Migration, ok bool, err error) {
	return decode[Migration](encodedMigrationPrefix, "migration note", text)
}
