/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ADDRESS_HASH_H
#define WLC_ADDRESS_HASH_H

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <cstdint>
#include <functional>

namespace ns3
{

/**
 * \ingroup wlc
 * Hash of a MAC address, for hashed containers and Boost.MultiIndex hashed indexes.
 */
struct Mac48AddressHasher
{
    /// \param address the address \return its hash
    std::size_t operator()(const Mac48Address& address) const
    {
        uint8_t bytes[6];
        address.CopyTo(bytes);
        uint64_t value = 0;
        for (uint8_t byte : bytes)
        {
            value = (value << 8) | byte;
        }
        return std::hash<uint64_t>()(value);
    }
};

/**
 * \ingroup wlc
 * Hash of an IPv4 address, for hashed containers and Boost.MultiIndex hashed indexes.
 */
struct Ipv4AddressHasher
{
    /// \param address the address \return its hash
    std::size_t operator()(const Ipv4Address& address) const
    {
        return std::hash<uint32_t>()(address.Get());
    }
};

} // namespace ns3

#endif /* WLC_ADDRESS_HASH_H */
