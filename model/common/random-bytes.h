/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_RANDOM_BYTES_H
#define WLC_RANDOM_BYTES_H

#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * Random octets (nonces, GTKs) from an ns-3 random stream, so that runs are reproducible and
 * AssignStreams governs them.
 * \param random the stream
 * \param size how many octets
 * \return the octets
 */
std::vector<uint8_t> WlcRandomBytes(Ptr<UniformRandomVariable> random, std::size_t size);

} // namespace ns3

#endif /* WLC_RANDOM_BYTES_H */
