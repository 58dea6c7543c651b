# The package's version, in one place: the wheel's metadata (pyproject.toml reads this line),
# the C++ project (CMakeLists.txt) and salience.__version__ all take it from here.
__version__ = "0.1.0"
