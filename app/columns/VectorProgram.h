#pragma once

#include "analysis/ExpressionCompiler.h"
#include "columns/ColumnStore.h"
#include "columns/SqlValue.h"

#include <optional>
#include <vector>

namespace tl {

// An expression of the chart language run over whole chunks: each node computes its values
// for every row of a chunk at once, with SQLite's semantics (affinity, NULLs, integer and
// real arithmetic, text comparison), so the column engine and SQL agree value for value.
class VectorProgram {
public:
    // Compiles `node` against the loaded columns; an empty reason means it can run.
    static VectorProgram compile(const ExprNode &node, const ColumnSnapshot &snapshot,
                                 QString &reason);

    // Integers of a chunk's rows and which are NULL: what integer-only expressions compute.
    struct IntegerLane {
        std::vector<std::int64_t> values;
        std::vector<std::uint8_t> nulls;
    };

    // Value buffers of one thread's runs, reused from chunk to chunk.
    struct Scratch {
        std::vector<std::vector<SqlValue>> buffers;
        std::vector<IntegerLane> lanes;
        std::vector<std::int64_t> wide;
        TextArena arena;
    };

    // The values of rows [0, rows) of chunk `chunk`.
    void run(int chunk, int rows, std::vector<SqlValue> &out, Scratch &scratch) const;
    // The same of an expression of integers only, on integer arrays: false when it is not
    // one, or the chunk overflows (run() answers then).
    bool runIntegers(int chunk, int rows, IntegerLane &out, Scratch &scratch) const;
    // The one type every non-NULL value has, known before running (nullopt: it varies).
    std::optional<SqlValue::Type> resultType() const;
    // Whether every value is a number (integer or real) or NULL.
    bool numeric() const;
    // The truth of each row as WHERE sees it (NULL is false), ANDed into `keep`.
    void filter(int chunk, int rows, std::vector<std::uint8_t> &keep, Scratch &scratch) const;

    sqlrules::Affinity affinity() const { return m_root.affinity; }

    // The value of a column's row as SQL reads it.
    static SqlValue valueOf(const LoadedColumn &column, const ColumnChunk &chunk, int row);

private:
    struct Node {
        const ExprNode *expr = nullptr;
        const LoadedColumn *column = nullptr;
        sqlrules::Affinity affinity = sqlrules::Affinity::None;
        std::vector<Node> args;
        std::size_t slot = 0; // its buffer in a Scratch
    };
    static Node build(const ExprNode &expr, const ColumnSnapshot &snapshot, unsigned &types,
                      QString &reason);
    void eval(const Node &node, int chunk, int rows, std::vector<SqlValue> &out,
              Scratch &scratch) const;
    // Expressions of integers only (integer columns and literals, + - * %, comparisons,
    // AND OR NOT, abs, date parts) run on plain integer arrays; false when a chunk
    // overflows, which the SqlValue path then answers (SQLite goes on in floating point).
    static bool integerOnly(const Node &node);
    bool evalIntegers(const Node &node, int chunk, int rows, IntegerLane &out,
                      Scratch &scratch) const;

    Node m_root;
    std::size_t m_slots = 0;
    unsigned m_types = 0;
    bool m_integerOnly = false;
};

} // namespace tl
