// Package aws stubs aws-sdk-go-v2's pointer helpers.
package aws

func String(v string) *string { return &v }
