// Package ginapi serves orders over gin.
package ginapi

import "github.com/gin-gonic/gin"

type NewOrder struct {
	Item  string `json:"item"`
	Count int    `json:"count"`
}

type Order struct {
	ID   int64  `json:"id"`
	Item string `json:"item"`
}

func create(c *gin.Context) {
	var in NewOrder
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	c.JSON(201, Order{Item: in.Item})
}

func list(c *gin.Context) { c.JSON(200, []Order{}) }

func logger() gin.HandlerFunc { return func(c *gin.Context) { c.Next() } }

// Run serves orders.
func Run() {
	r := gin.Default()
	v1 := r.Group("/api/v1", logger())
	orders := v1.Group("/orders")
	orders.POST("", create)                 // want `endpoint POST /api/v1/orders served by ginapi.create`
	orders.GET("/", logger(), list)         // want `endpoint GET /api/v1/orders/ served by ginapi.list`
	orders.Handle("PATCH", "/:id", create)  // want `endpoint PATCH /api/v1/orders/:id served by ginapi.create`
	r.Any("/ping", func(c *gin.Context) {}) // want `endpoint /ping served by func literal in ginapi.Run`
	_ = r.Run()
}
