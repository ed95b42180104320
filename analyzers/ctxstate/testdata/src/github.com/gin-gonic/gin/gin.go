// Package gin is a stub of github.com/gin-gonic/gin: the Context methods
// that carry values by key.
package gin

import "time"

type Context struct{ Keys map[string]any }

type HandlerFunc func(*Context)

func (c *Context) Set(key any, value any)               {}
func (c *Context) Get(key any) (value any, exists bool) { return }
func (c *Context) MustGet(key any) any                  { return nil }
func (c *Context) GetString(key any) (s string)         { return }
func (c *Context) GetInt64(key any) (i int64)           { return }
func (c *Context) GetTime(key any) (t time.Time)        { return }
func (c *Context) Value(key any) any                    { return nil }
func (c *Context) Next()                                {}
