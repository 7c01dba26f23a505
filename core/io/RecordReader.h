#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"
#include "model/Dataset.h"

namespace frontier {

class EventMemo;

/// Makes the actors, sources, events and dated areas of a dataset from its records, with the
/// checks of `validate`: the folder's reader and the editor both build a dataset through it.
namespace RecordReader {
/// Fills `content`'s actors, sources, events (retired ones left out) and areas; every problem
/// found is added to `problems`. With a memo, events read before are not checked again.
void read(const DatasetRecords& records, const FeatureIds& features, DatasetContent& content,
          LoadProblems& problems, EventMemo* memo = nullptr);
} // namespace RecordReader

} // namespace frontier
