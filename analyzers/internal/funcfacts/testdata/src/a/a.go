package a // want package:"T.M: marked; T.N: marked"

type T struct{}

func F() {} // want F:"marked"

func f() {} // unexported: no other package can call it, so no fact

func (T) M() {} // a method's fact travels in the package's table, not on the method

func (*T) N() {}

func (T) m() {}

// Get returns a T to a package that need not import a.
func Get() T { f(); T{}.m(); return T{} } // want Get:"marked" "calls f, fact: false" "calls m, fact: false"
