// Package gin is a stub of github.com/gin-gonic/gin: the Context methods
// that carry values by key.
package gin

import "time"

type Context struct{ Keys map[string]any }

type HandlerFunc func(*Context)

func (c *Context) Set(key string, value any)               { c.Keys[key] = value }
func (c *Context) Get(key string) (value any, exists bool) { value, exists = c.Keys[key]; return }
func (c *Context) MustGet(key string) any                  { return c.Keys[key] }
func (c *Context) GetString(key string) (s string)         { return }
func (c *Context) GetInt64(key string) (i int64)           { return }
func (c *Context) GetTime(key string) (t time.Time)        { return }
func (c *Context) Value(key any) any                       { return nil }
func (c *Context) Next()                                   {}
