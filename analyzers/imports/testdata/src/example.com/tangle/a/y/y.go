package y // want package:"imports }"

// Y is what b and d reach back for.
const Y = 1
