// Package viper is a fixture copy of the github.com/spf13/viper API: only
// the signatures the config analyzer's tests need.
package viper

import "time"

type Viper struct{}

func New() *Viper         { return &Viper{} }
func GetViper() *Viper    { return &Viper{} }
func AllKeys() []string   { return nil }
func AutomaticEnv()       {}
func SetEnvPrefix(string) {}

func Get(key string) any                        { return nil }
func GetString(key string) string               { return "" }
func GetInt(key string) int                     { return 0 }
func GetBool(key string) bool                   { return false }
func GetDuration(key string) time.Duration      { return 0 }
func GetStringSlice(key string) []string        { return nil }
func GetStringMap(key string) map[string]any    { return nil }
func IsSet(key string) bool                     { return false }
func InConfig(key string) bool                  { return false }
func Sub(key string) *Viper                     { return nil }
func UnmarshalKey(key string, rawVal any) error { return nil }
func Set(key string, value any)                 {}
func SetDefault(key string, value any)          {}
func BindEnv(input ...string) error             { return nil }
func RegisterAlias(alias, key string)           {}

func (v *Viper) Get(key string) any                        { return nil }
func (v *Viper) GetString(key string) string               { return "" }
func (v *Viper) GetInt(key string) int                     { return 0 }
func (v *Viper) IsSet(key string) bool                     { return false }
func (v *Viper) Sub(key string) *Viper                     { return nil }
func (v *Viper) UnmarshalKey(key string, rawVal any) error { return nil }
func (v *Viper) Set(key string, value any)                 {}
func (v *Viper) SetDefault(key string, value any)          {}
func (v *Viper) BindEnv(input ...string) error             { return nil }
func (v *Viper) AllKeys() []string                         { return nil }
func (v *Viper) SetConfigName(in string)                   {}
