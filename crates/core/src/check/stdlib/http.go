// Package net/http as the simulator provides it: an offline Get that answers every URL with a
// deterministic status after a simulated latency, so fetcher examples run without a network.
package http

import "io"

const (
	StatusOK       = 200
	StatusNotFound = 404
)

type Header map[string][]string

type Response struct {
	Status     string
	StatusCode int
	Header     Header
	Body       io.ReadCloser
}

func Get(url string) (resp *Response, err error)

type body struct{ data []byte }

func (b *body) Read(p []byte) (n int, err error)
func (b *body) Close() error
