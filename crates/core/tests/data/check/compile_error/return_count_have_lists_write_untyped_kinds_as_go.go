//@ error: 6:9: not enough return values
//@ errors: 7
package main

func a() (int, error) {
	return 1
}

func b() (int, error) {
	return "x"
}

func c() (int, error) {
	return nil
}

func d() (int, error) {
	return 1 == 2
}

func e() (int, error) {
	x := 3.5
	return x
}

func f() (int, error) {
	return 'r'
}

func g() int {
	return 1, "s", nil
}

func main() {}
