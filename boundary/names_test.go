package boundary

import (
	"reflect"
	"testing"
)

func TestParseFunc(t *testing.T) {
	tests := []struct {
		in   string
		want Func
		ok   bool
	}{
		{"os.Getenv", Func{Package: "os", Name: "Getenv"}, true},
		{"example.com/m/internal/config.String", Func{Package: "example.com/m/internal/config", Name: "String"}, true},
		{"example.com/m/internal/config.Env.Get", Func{Package: "example.com/m/internal/config", Type: "Env", Name: "Get"}, true},
		{"example.com/m/internal/config.(*Env).Get", Func{Package: "example.com/m/internal/config", Type: "Env", Name: "Get"}, true},
		{"example.com/m/internal/config.*Env.Get", Func{Package: "example.com/m/internal/config", Type: "Env", Name: "Get"}, true},
		{"(*example.com/m/internal/config.Env).Get", Func{Package: "example.com/m/internal/config", Type: "Env", Name: "Get"}, true},
		{"(example.com/m/internal/config.Env).Get", Func{Package: "example.com/m/internal/config", Type: "Env", Name: "Get"}, true},
		{"gopkg.in/yaml.v3.Unmarshal", Func{Package: "gopkg.in/yaml.v3", Name: "Unmarshal"}, true},
		{"gopkg.in/yaml.v3.(*Decoder).Decode", Func{Package: "gopkg.in/yaml.v3", Type: "Decoder", Name: "Decode"}, true},
		{"github.com/spf13/viper.GetString", Func{Package: "github.com/spf13/viper", Name: "GetString"}, true},
		{"example.com/m/config", Func{}, false},
		{"example.com/m/config.A.B.C", Func{}, false},
		{"example.com/m/config.", Func{}, false},
		{"example.com/m/config.1x", Func{}, false},
		{".String", Func{}, false},
		{"./config.String", Func{}, false},
		{"(*example.com/m/config.Env.Get", Func{}, false},
	}
	for _, tt := range tests {
		got, err := parseFunc(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseFunc(%q) = %+v, %v; want %+v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseFieldClaim(t *testing.T) {
	tests := []struct {
		in   string
		want FieldClaim
		ok   bool
	}{
		{"internal/config.Config.Payments", FieldClaim{Package: "internal/config", Type: "Config", Path: []string{"Payments"}}, true},
		{"config.Config.Payments.Stripe.Key", FieldClaim{Package: "config", Type: "Config", Path: []string{"Payments", "Stripe", "Key"}}, true},
		{"internal/config.Config", FieldClaim{}, false},
		{"internal/config.Config.", FieldClaim{}, false},
		{"internal/config..Payments", FieldClaim{}, false},
		{"./internal/config.Config.Payments", FieldClaim{}, false},
		{"internal/config/....Config.Payments", FieldClaim{}, false},
		{"internal/config.Config.Pay-ments", FieldClaim{}, false},
	}
	for _, tt := range tests {
		got, err := parseFieldClaim(tt.in)
		if (err == nil) != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseFieldClaim(%q) = %+v, %v; want %+v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	if got := (FieldClaim{Package: "internal/config", Type: "Config", Path: []string{"A", "B"}}).String(); got != "internal/config.Config.A.B" {
		t.Errorf("FieldClaim.String() = %q", got)
	}
}
