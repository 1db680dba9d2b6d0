/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_PMK_CACHE_H
#define WLC_PMK_CACHE_H

#include "ns3/mac48-address.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * A controller's PMK cache (`show pmk-cache all`): the PMK of each client's last 802.1X
 * authentication, with its lifetime (the RADIUS Session-Timeout).
 *
 * A client that reassociates offers PMKIDs in the RSN element of its request. A PMKID names a
 * PMK for one AP: PMKID = HMAC-SHA1-128(PMK, "PMK Name" || AA || SPA) (IEEE 802.11-2020
 * 12.7.1.3). Lookup() accepts a PMKID computed for the AP the client is associating with, so a
 * PMK learnt at one AP serves at every AP of the controller: opportunistic key caching (OKC),
 * which includes PMKSA caching at the same AP.
 */
class PmkCache
{
  public:
    /// One cached PMK.
    struct Entry
    {
        std::vector<uint8_t> pmk; //!< the 32-byte PMK
        std::string username;     //!< the authenticated identity
        Time expires;             //!< when the entry lapses (simulation time)
    };

    /**
     * Cache (or replace) a client's PMK.
     * \param client the client \param pmk the PMK \param username its identity
     * \param lifetime how long the entry is valid
     */
    void Add(Mac48Address client,
             const std::vector<uint8_t>& pmk,
             const std::string& username,
             Time lifetime);
    /**
     * Find the PMK that one of a client's PMKIDs names for an AP.
     * \param client the client (SPA) \param bssid the AP (AA)
     * \param pmkids the PMKIDs of its (Re)Association Request
     * \return the entry, or nothing (no entry, expired, or no PMKID matches)
     */
    std::optional<Entry> Lookup(Mac48Address client,
                                Mac48Address bssid,
                                const std::vector<std::vector<uint8_t>>& pmkids) const;
    /// \param client a client \return its entry, or nothing (expired entries are ignored)
    std::optional<Entry> Get(Mac48Address client) const;
    /// \param client a client whose entry is dropped
    void Remove(Mac48Address client);
    /// \return the number of entries (expired ones included until replaced or removed)
    std::size_t GetN() const;

  private:
    std::map<Mac48Address, Entry> m_entries; //!< by client MAC
};

} // namespace ns3

#endif /* WLC_PMK_CACHE_H */
