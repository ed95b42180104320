// Package testsetup is checked with tests: {setup: enforce}: writes in
// its tests are reported like reads.
package testsetup
