package main

import "errors"

func validate(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() {
	println(validate(1) == nil)
}
