package wiring // want package:"imports }"

// Port is where the server listens; it belongs to the composition root server, which nothing may import.
const Port = 8080
