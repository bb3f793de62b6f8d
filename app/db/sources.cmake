# Sources of app/db, added to tppcore (included from app/CMakeLists.txt).
