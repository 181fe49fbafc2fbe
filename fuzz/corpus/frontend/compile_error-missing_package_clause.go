//@ error: 2:1: expected 'package', found 'import'
import "fmt"

func main() {
	fmt.Println("no package")
}
