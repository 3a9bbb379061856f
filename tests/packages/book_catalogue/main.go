// The book catalogue: a cache map guarded by an RWMutex in front of a slow database, queried by
// two goroutines per request whose answers a third goroutine selects. The cache goroutine tells
// the database goroutine when it is done, so which channel answers first is deterministic.
package main

import (
	"fmt"
	"sync"

	"example.com/catalogue/book"
)

var cache = map[int]book.Book{}

func queryCache(id int, m *sync.RWMutex) (book.Book, bool) {
	m.RLock()
	b, ok := cache[id]
	m.RUnlock()
	return b, ok
}

func main() {
	ids := []int{3, 7, 3, 1, 7, 42, 3, 9, 1, 9}
	wg := &sync.WaitGroup{}
	m := &sync.RWMutex{}
	hits, misses := 0, 0
	for _, id := range ids {
		cacheCh := make(chan book.Book)
		dbCh := make(chan book.Book)
		cacheChecked := make(chan struct{})
		done := make(chan string)
		wg.Add(3)
		go func(id int, wg *sync.WaitGroup, m *sync.RWMutex, ch chan<- book.Book) {
			defer wg.Done()
			if b, ok := queryCache(id, m); ok {
				ch <- b
			}
			close(cacheChecked)
		}(id, wg, m, cacheCh)
		go func(id int, wg *sync.WaitGroup, m *sync.RWMutex, ch chan<- book.Book) {
			defer wg.Done()
			<-cacheChecked
			if b, ok := book.QueryDatabase(id); ok {
				m.Lock()
				cache[id] = b
				m.Unlock()
				ch <- b
			} else {
				close(ch)
			}
		}(id, wg, m, dbCh)
		go func(cacheCh, dbCh <-chan book.Book) {
			defer wg.Done()
			select {
			case b := <-cacheCh:
				<-dbCh
				done <- fmt.Sprintf("id %d from cache\n%v", id, b)
			case b, ok := <-dbCh:
				if !ok {
					done <- fmt.Sprintf("id %d: no such book\n", id)
					return
				}
				done <- fmt.Sprintf("id %d from database\n%s", id, b)
			}
		}(cacheCh, dbCh)
		msg := <-done
		if len(msg) > 0 && msg[len(msg)-2] == 'k' {
			misses++
		}
		fmt.Print(msg)
	}
	wg.Wait()
	for id := range cache {
		if _, ok := cache[id]; ok {
			hits++
		}
	}
	fmt.Printf("%d distinct books cached of %d, %d database queries, %d unknown\n", hits, book.Count(), book.Queries(), misses)
	fmt.Printf("%T %v\n", book.Book{}, book.Latency)
}
