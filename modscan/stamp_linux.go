package modscan

import (
	"io/fs"
	"syscall"
)

// stampOf returns what the scan cache compares of a file or directory:
// on Linux its change time and inode too, which an edit that restores the
// modification time and size cannot keep.
func stampOf(fi fs.FileInfo) stamp {
	st := stamp{Mtime: fi.ModTime().UnixNano(), Size: fi.Size()}
	st.Ctime = st.Mtime
	if sys, ok := fi.Sys().(*syscall.Stat_t); ok {
		st.Ctime = sys.Ctim.Nano()
		st.Ino, st.Dev = uint64(sys.Ino), uint64(sys.Dev) //nolint:unconvert // not uint64 on every platform
	}
	return st
}
