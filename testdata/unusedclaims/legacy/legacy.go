// Package legacy is claimed by no component and uses nothing.
package legacy

func Nothing() {}
