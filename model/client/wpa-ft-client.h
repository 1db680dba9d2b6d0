/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_FT_CLIENT_H
#define WLC_WPA_FT_CLIENT_H

#include "ns3/ft-supplicant-sm.h"
#include "ns3/mac48-address.h"
#include "ns3/wifi-mac-header.h"
#include "ns3/wpa-handshake-result.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The client's side of 802.11r (IEEE 802.11-2020 13): what it learnt of each AP's mobility
 * domain, its PMK-R0 security association, and the FT roam under way.
 *
 * - The MDE of each AP comes from its Beacons, Probe Responses and (Re)Association Responses; the
 *   R0KH-ID and R1KH-ID from the FTE of the Association Response of the initial mobility
 *   domain association.
 * - InitialAssociation() derives PMK-R0 and PMK-R1 from the XXKey for the 4-way handshake.
 * - A roam to an AP of the same mobility domain runs an FtSupplicantSm: StartRoam() gives the
 *   Authentication Request, OnAuthenticationResponse() the Reassociation Request's elements,
 *   OnReassociationResponse() the keys.
 */
class WpaFtClient
{
  public:
    /// \param akm the AKM the client uses (FT-PSK or FT-802.1X)
    explicit WpaFtClient(uint32_t akm);
    /**
     * A Beacon or a response from an AP, before ns-3's MAC handles it: keeps its MDE (and the
     * FTE of an Association Response); a Beacon or Probe Response without one makes the AP a
     * non-FT AP again.
     * \param bssid the AP \param type the frame type \param body the body
     */
    void NoteResponse(Mac48Address bssid, WifiMacType type, const std::vector<uint8_t>& body);
    /// \param bssid an AP \return whether it announced a mobility domain
    bool IsFtAp(Mac48Address bssid) const;
    /**
     * \param bssid an AP of a mobility domain
     * \return the RSNE (the FT AKM, no PMKID) and MDE of an Association Request to it
     */
    std::vector<uint8_t> AssociationElements(Mac48Address bssid) const;
    /// \return the RSNE of such an Association Request
    std::vector<uint8_t> AssociationRsne() const;
    /**
     * The station associated with an AP after an Association Request with the FT elements:
     * derive PMK-R0 and PMK-R1 (this starts a new PMK-R0 security association).
     * \param bssid the AP \param xxKey the PSK, or MSK bits 256..511 \param ssid the SSID
     * \param self the station's address \param params the 4-way handshake's FT parameters
     * \param why on failure, the reason
     * \return false if the AP's response had no usable MDE and FTE
     */
    bool InitialAssociation(Mac48Address bssid,
                            const std::vector<uint8_t>& xxKey,
                            const std::string& ssid,
                            Mac48Address self,
                            WpaFtParams& params,
                            std::string& why);
    /// \param bssid an AP \return whether an FT roam to it is possible (keys of its domain)
    bool CanRoamTo(Mac48Address bssid) const;
    /**
     * Start an FT roam.
     * \param bssid the target AP \param self the station \param snonce 32 random octets
     * \return the FT Authentication Request body
     */
    std::vector<uint8_t> StartRoam(Mac48Address bssid,
                                   Mac48Address self,
                                   const std::vector<uint8_t>& snonce);
    /**
     * \param bssid the sender \param body an Authentication frame body
     * \return SEND (elements kept for the Reassociation Request), FAILED or IGNORED
     */
    FtSupplicantSm::Result OnAuthenticationResponse(Mac48Address bssid,
                                                    const std::vector<uint8_t>& body);
    /// \param bssid an AP \return the Reassociation Request elements for it (empty: none)
    std::vector<uint8_t> ReassociationElements(Mac48Address bssid) const;
    /**
     * \param bssid the AP \param body the Reassociation Response body
     * \return COMPLETED (keys), FAILED, or IGNORED (no FT roam to that AP under way)
     */
    FtSupplicantSm::Result OnReassociationResponse(Mac48Address bssid,
                                                   const std::vector<uint8_t>& body);
    /// \return the target of the FT roam under way, if any
    std::optional<Mac48Address> GetRoamTarget() const;
    /// Abandon the FT roam under way.
    void CancelRoam();
    /// Forget the PMK-R0 security association (and any roam).
    void Forget();

  private:
    /// What an AP announced.
    struct ApInfo
    {
        std::vector<uint8_t> mde; //!< its MDE as carried
        std::vector<uint8_t> fte; //!< the FTE of its last Association Response
    };

    /// The PMK-R0 security association.
    struct Keys
    {
        std::vector<uint8_t> pmkR0;     //!< PMK-R0
        std::vector<uint8_t> pmkR0Name; //!< PMKR0Name
        std::vector<uint8_t> r0khId;    //!< R0KH-ID
        std::vector<uint8_t> mde;       //!< the mobility domain's MDE
        uint16_t mdid{0};               //!< its MDID
        uint8_t ftCapability{0};        //!< its FT Capability and Policy
    };

    uint32_t m_akm;                               //!< FT-PSK or FT-802.1X
    std::map<Mac48Address, ApInfo> m_aps;         //!< by BSSID
    std::optional<Keys> m_keys;                   //!< the PMK-R0 security association
    std::unique_ptr<FtSupplicantSm> m_roam;       //!< FT roam under way
    Mac48Address m_roamTarget;                    //!< its target
    std::vector<uint8_t> m_reassociationElements; //!< RSNE, MDE, FTE for its request
};

} // namespace ns3

#endif /* WLC_WPA_FT_CLIENT_H */
