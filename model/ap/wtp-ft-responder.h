/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WTP_FT_RESPONDER_H
#define WLC_WTP_FT_RESPONDER_H

#include "ns3/mac48-address.h"
#include "ns3/wifi-mac-header.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The elements a lightweight AP adds to its responses on a WLAN with 802.11r Fast Transition
 * (IEEE 802.11-2020 13.4, 13.8): its part of the split between the Local MAC AP and the
 * controller, which holds every key.
 *
 * - Probe Response: the Mobility Domain element the controller configured for the WLAN
 *   (CAPWAP IEEE 802.11 Information Element with the P flag).
 * - (Re)Association Response to a request that carries that MDE but no FTE (the initial
 *   mobility domain association): the MDE and an FTE with R1KH-ID (the BSSID) and R0KH-ID (the
 *   controller's name, learnt in the CAPWAP Join), everything else zero.
 * - Reassociation Response to a request with an FTE (an FT roam): the RSNE, MDE and FTE the
 *   controller computed when it answered the station's FT Authentication; they are used once.
 */
class WtpFtResponder
{
  public:
    /// \param mde the MDE (empty: the WLAN has no Fast Transition) \param r0khId the R0KH-ID
    /// \param bssid the AP's BSSID (its R1KH-ID)
    /// \param inProbeResponses the MDE goes into Probe Responses
    void Configure(const std::vector<uint8_t>& mde,
                   const std::string& r0khId,
                   Mac48Address bssid,
                   bool inProbeResponses);
    /// \return whether a mobility domain is configured
    bool IsEnabled() const;
    /// \param station a station \param elements its next Reassociation Response's elements
    void SetReassociationElements(Mac48Address station, std::vector<uint8_t> elements);
    /// \param station a station that left: its pending elements are dropped
    void Forget(Mac48Address station);
    /**
     * \param station the requesting station
     * \param requestType the request's type
     * \param requestBody the request's body
     * \return the elements to append to the response (empty: none)
     */
    std::vector<uint8_t> ResponseElements(Mac48Address station,
                                          WifiMacType requestType,
                                          const std::vector<uint8_t>& requestBody);

  private:
    std::vector<uint8_t> m_mde;                                   //!< the WLAN's MDE
    std::vector<uint8_t> m_r0khId;                                //!< the controller's name
    Mac48Address m_bssid;                                         //!< the R1KH-ID
    bool m_inProbeResponses{true};                                //!< MDE in Probe Responses
    std::map<Mac48Address, std::vector<uint8_t>> m_reassociation; //!< per station, from the AC
};

} // namespace ns3

#endif /* WLC_WTP_FT_RESPONDER_H */
