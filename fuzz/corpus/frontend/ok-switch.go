package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, day := range []string{"sat", "mon", "sun", "wed"} {
		switch day {
		case "sat", "sun":
			fmt.Println(day, "weekend")
		case "mon":
			fmt.Println(day, "start")
			fallthrough
		case "tue":
			fmt.Println(day, "early week")
		default:
			fmt.Println(day, "midweek")
		}
	}

	fmt.Println(grade(95), grade(85), grade(10))

	switch x := 5; x % 2 {
	case 0:
		fmt.Println("even")
	case 1:
		fmt.Println("odd")
	}

	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		if n == 3 {
			break
		}
		fmt.Println("not printed")
	}
}
