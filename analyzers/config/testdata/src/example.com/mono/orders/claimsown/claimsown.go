// Package claimsown reads its own config key through its own getter of // want package:`Key\.GetString: gets the config key its receiver names`
// the key its receiver names (vikunja's config.Key.GetString): with
// -findings the call tells drivers that orders' config claim is used,
// though the getter's body reads no constant key.
package claimsown // want `uses claims boundaries.yaml:17:16`

import "github.com/spf13/viper"

// Key names a config key.
type Key string

// Limit is orders' own setting.
const Limit Key = "orders.limit"

// GetString reads the key its receiver names.
func (k Key) GetString() string { return viper.GetString(string(k)) }

// Read reads orders' own key through its own getter: no finding, a used claim.
func Read() string { return Limit.GetString() } // want Read:"gets config key orders.limit"
