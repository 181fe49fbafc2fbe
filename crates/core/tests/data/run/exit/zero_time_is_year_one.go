// The zero time.Time is Go's, 0001-01-01 00:00:00 UTC, not the simulator's epoch: it prints,
// measures and compares as in Go, and a time made from its fields or from Unix seconds
// far from now keeps them.
package main

import (
	"fmt"
	"time"
)

type event struct {
	name string
	at   time.Time
}

func main() {
	var t time.Time
	fmt.Println(t, t.IsZero(), t.Year(), t.Month(), t.Day(), t.Weekday())
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	now := time.Now()
	fmt.Println(now.IsZero(), t.Before(now), now.After(t), t.Equal(time.Time{}), t == time.Time{})
	fmt.Println(now.Sub(t), t.Sub(now), time.Since(t))
	later := t.Add(36 * time.Hour)
	fmt.Println(later, later.IsZero(), later.Sub(t))
	fmt.Println(t.AddDate(2023, 5, 6).Format(time.RFC3339))
	fmt.Println(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Println(time.Date(1500, time.March, 3, 4, 5, 6, 7, time.UTC))
	fmt.Println(time.Unix(-1e10, 0).UTC(), time.Unix(1e11, 0).UTC().Year())
	fmt.Println(t.Truncate(time.Hour).IsZero(), later.Round(24*time.Hour))
	e := event{name: "never"}
	fmt.Printf("%v | %+v\n", e, e)
	if e.at.IsZero() {
		fmt.Println(e.name, "has no time")
	}
}
