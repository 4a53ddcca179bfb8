package uk.apassure.placement;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.placement.PlacementService.InvalidPlacement;

/**
 * The parental notice letter of a placement (seeds 002 §7, 003, 000 §12): who may read the
 * placement may print its letter; who may change it fills in what the letter says besides the
 * terms. Access is decided by {@link PlacementService}, as for the placement's page.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final PlacementService placements;
    private final PlacementRepository repository;
    private final NoticeLetter letter;

    NoticeService(PlacementService placements, PlacementRepository repository, NoticeLetter letter) {
        this.placements = placements;
        this.repository = repository;
        this.letter = letter;
    }

    /** The letter as an A4 PDF; refused with every missing item until the placement has them all. */
    public byte[] letter(long placementId) {
        return letter.pdf(placements.readable(placementId));
    }

    /** What the letter still needs, in sentences; empty when it can be printed. */
    public List<String> gaps(long placementId) {
        return letter.gaps(placements.readable(placementId));
    }

    /** What the letter says besides the terms: reasons, contacts, travel, dress, equipment and lunch. */
    @Transactional
    public void update(long placementId, long expectedVersion, NoticeDetails details) {
        Placement placement = placements.changeable(placementId);
        if (placement.getVersion() != expectedVersion) {
            throw new InvalidPlacement(PlacementService.CONCURRENT);
        }
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPlacement(String.join(" ", problems));
        }
        placement.updateNotice(details);
        repository.saveAndFlush(placement);
    }
}
