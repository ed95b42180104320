package books
