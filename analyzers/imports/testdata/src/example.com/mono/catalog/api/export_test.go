package api

// Count, Exported and Fake are declared by a test file: the test
// variant's scope holds them, the api note does not.
func (s *Service) Count() int { return s.count() }

var Exported = Limit

type Fake struct{}
