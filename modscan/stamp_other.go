//go:build !linux

package modscan

import "io/fs"

// stampOf returns what the scan cache compares of a file or directory:
// its modification time and size.
func stampOf(fi fs.FileInfo) stamp {
	t := fi.ModTime().UnixNano()
	return stamp{Mtime: t, Ctime: t, Size: fi.Size()}
}
