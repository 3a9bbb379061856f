// commands.h — mgo subcommands implemented outside main.cpp.
#pragma once
#include <string>
#include <vector>

namespace mgo {
struct FrontEnd;
}

namespace mgo::driver {

int cmdEscape(const std::vector<std::string>& args);
// Prints the `-m` lines of an analysed front end (used by `mgo escape` and `mgo build -m`).
void printEscapeDiagnostics(const FrontEnd& fe, int verbosity);

}  // namespace mgo::driver
