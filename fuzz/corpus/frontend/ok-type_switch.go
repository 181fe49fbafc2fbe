package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 1, int64(2), "abc", errors.New("boom"), Temp(21.5), []int{1, 2}, func() int { return 9 }, 3.5}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var i interface{} = "s"
	switch i.(type) {
	case string:
		fmt.Println("plain type switch")
	}
	n, ok := i.(int)
	fmt.Println(n, ok)
}
