// Checks time.Date, Unix, calendar fields, Format layouts, Truncate/Round and Duration helpers.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	for _, l := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822Z,
		time.RFC850, time.RFC1123, time.StampMicro, time.DateTime, time.DateOnly, time.TimeOnly, time.Layout,
		"2006-01-02 15:04:05.000", "Jan 2, 2006 at 3:04pm (MST)", "Monday, January 2", "__2 002 _2", ".999 ,000 .9",
		"06 1 2 3 4 5 PM pm -07 -07:00 Z07:00 Z0700 -070000", "Janet Monday Mond", "15h04m"} {
		fmt.Println(t.Format(l))
	}
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Unix(), u.UnixNano(), u.UnixMilli(), u.UnixMicro())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	t2 := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t2.Before(t), t.Equal(t), t2.Compare(t), t.Compare(t2))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, -2, -30))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Truncate(24*time.Hour), t.Round(7*time.Minute))
	fmt.Println(time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC).Weekday(), time.Date(2000, 3, 1, 0, 0, 0, 0, time.UTC).YearDay())
	fmt.Println(time.January, time.December, time.Month(13), time.Saturday, time.Weekday(9), time.UTC)
	for _, d := range []time.Duration{90 * time.Minute, 1500 * time.Millisecond, -3 * time.Second, 7*time.Hour + 30*time.Second + 999} {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Microseconds(), d.Nanoseconds(), d.Round(time.Hour), d.Truncate(time.Minute), d.Abs(), d.Round(7*time.Second))
	}
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "2ns", "0", "", "1", "1x", "3.h", ".5s", "1h1h", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	start := time.Now()
	time.Sleep(2 * time.Second)
	fmt.Println(time.Since(start) >= 2*time.Second, time.Until(start) < 0)
}
