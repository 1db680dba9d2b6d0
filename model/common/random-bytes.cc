/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "random-bytes.h"

namespace ns3
{

std::vector<uint8_t>
WlcRandomBytes(Ptr<UniformRandomVariable> random, std::size_t size)
{
    std::vector<uint8_t> bytes(size);
    for (auto& byte : bytes)
    {
        byte = static_cast<uint8_t>(random->GetInteger(0, 255));
    }
    return bytes;
}

} // namespace ns3
