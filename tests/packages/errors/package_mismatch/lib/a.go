package lib

var A = 1
