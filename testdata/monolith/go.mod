module example.com/monolith

go 1.26.0

// The fake Stripe SDK lives in this tree so the example builds offline; it
// stands for the real github.com/stripe/stripe-go, which the spec reserves
// to the payments component.
require github.com/stripe/stripe-go/v82 v82.0.0

replace github.com/stripe/stripe-go/v82 => ./third_party/stripe-go

// The fake viper stands for github.com/spf13/viper, whose keys the config
// analyzer checks.
require github.com/spf13/viper v1.20.0

replace github.com/spf13/viper => ./third_party/viper
